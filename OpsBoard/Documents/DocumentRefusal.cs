namespace OpsBoard.Documents;

/// <summary>Why an item has no such document: it does not exist (404), or it is not the kind of item that has one (409).</summary>
public sealed record DocumentRefusal(int Status, string Reason)
{
    public IResult ToProblem(string noDocumentTitle) =>
        Results.Problem(statusCode: Status, title: Status == StatusCodes.Status404NotFound ? "Not found" : noDocumentTitle, detail: Reason);
}

using Microsoft.AspNetCore.Http.HttpResults;
using OpsBoard.Api;

namespace OpsBoard.Documents;

/// <summary>Why an item has no such document: it does not exist (404), or it is not the kind of item that has one (409).</summary>
public sealed record DocumentRefusal(int Status, string Reason)
{
    public ProblemHttpResult ToProblem(string noDocumentTitle) =>
        Problems.Problem(Status, Status == StatusCodes.Status404NotFound ? "Not found" : noDocumentTitle, Reason);
}

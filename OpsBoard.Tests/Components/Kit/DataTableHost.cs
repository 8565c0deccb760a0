using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using OpsBoard.Components.Kit;

namespace OpsBoard.Tests.Components.Kit;

internal sealed record Row(int Id, string Name, decimal Amount);

/// <summary>Hands the rendered table and its columns back to the test.</summary>
internal sealed class TableProbe
{
    public DataTable<Row>? Table { get; set; }

    public DataColumn<Row>? Name { get; set; }

    public DataColumn<Row>? Amount { get; set; }
}

/// <summary>What a page would write in markup, built in C# so the test project needs no Razor.</summary>
internal sealed class DataTableHost : ComponentBase
{
    [Parameter]
    public IReadOnlyList<Row> Items { get; set; } = [];

    [Parameter]
    public int PageSize { get; set; } = 25;

    [Parameter]
    public SortDirection? AmountSort { get; set; }

    [Parameter]
    public TableProbe Probe { get; set; } = new();

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        builder.OpenComponent<DataTable<Row>>(0);
        builder.AddComponentParameter(1, nameof(DataTable<Row>.Items), Items);
        builder.AddComponentParameter(2, nameof(DataTable<Row>.PageSize), PageSize);
        builder.AddComponentParameter(3, nameof(DataTable<Row>.RowKey), (Func<Row, object?>)(r => r.Id));
        builder.AddComponentParameter(4, nameof(DataTable<Row>.RowClass), (Func<Row, string?>)(r => r.Amount < 0 ? "table-danger" : null));
        builder.AddComponentParameter(5, nameof(DataTable<Row>.ChildContent), (RenderFragment)(columns =>
        {
            columns.OpenComponent<DataColumn<Row>>(0);
            columns.AddComponentParameter(1, nameof(DataColumn<Row>.Title), "Name");
            columns.AddComponentParameter(2, nameof(DataColumn<Row>.Value), (Func<Row, object?>)(r => r.Name));
            columns.AddComponentParameter(3, nameof(DataColumn<Row>.Template), (RenderFragment<Row>)(r => cell =>
            {
                cell.OpenElement(0, "strong");
                cell.AddContent(1, r.Name);
                cell.CloseElement();
            }));
            columns.AddComponentReferenceCapture(4, c => Probe.Name = (DataColumn<Row>)c);
            columns.CloseComponent();

            columns.OpenComponent<DataColumn<Row>>(10);
            columns.AddComponentParameter(11, nameof(DataColumn<Row>.Title), "Amount");
            columns.AddComponentParameter(12, nameof(DataColumn<Row>.Value), (Func<Row, object?>)(r => r.Amount));
            columns.AddComponentParameter(13, nameof(DataColumn<Row>.Format), "N2");
            columns.AddComponentParameter(14, nameof(DataColumn<Row>.DefaultSort), AmountSort);
            columns.AddComponentReferenceCapture(15, c => Probe.Amount = (DataColumn<Row>)c);
            columns.CloseComponent();
        }));
        builder.AddComponentReferenceCapture(6, t => Probe.Table = (DataTable<Row>)t);
        builder.CloseComponent();
    }
}

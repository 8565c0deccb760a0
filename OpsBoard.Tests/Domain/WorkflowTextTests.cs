using System.Collections;
using System.Globalization;
using System.Resources;
using OpsBoard.Domain;
using OpsBoard.Domain.Workflows;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Domain;

public sealed class WorkflowTextTests
{
    [Theory]
    [InlineData("AwaitingPayment", "Awaiting payment")]
    [InlineData("thirdPartyWithoutLink", "Third party without link")]
    [InlineData("client", "Client")]
    [InlineData("SendToBroker", "Send to broker")]
    [InlineData("USD", "USD")]
    [InlineData("amountInUSD", "Amount in USD")]
    public void An_untranslated_name_is_spelled_out_in_words(string name, string expected) =>
        Assert.Equal(expected, WorkflowText.Humanize(name));

    [Theory]
    [InlineData("pt-BR", "Aguardando pagamento", "Enviar à corretora", "Terceiro sem vínculo", "Reclamações")]
    [InlineData("es", "Esperando pago", "Enviar a la corredora", "Tercero sin vínculo", "Reclamos")]
    [InlineData("ru", "Ожидает оплаты", "Отправить брокеру", "Третье лицо без связи", "Претензии")]
    [InlineData("en", "Awaiting payment", "Send to broker", "Third party without link", "Claims")]
    public void The_workflows_words_are_translated_into_each_language(string culture, string state, string trigger, string field, string queue)
    {
        using var _ = new UiCulture(culture);

        Assert.Equal(state, WorkflowText.State("AwaitingPayment"));
        Assert.Equal(trigger, WorkflowText.Trigger("SendToBroker"));
        Assert.Equal(field, WorkflowText.Field("thirdPartyWithoutLink"));
        Assert.Equal(queue, WorkflowText.Queue("claims", "Claims"));
    }

    [Theory]
    [InlineData("pt-BR")]
    [InlineData("es")]
    [InlineData("ru")]
    public void Every_state_trigger_and_field_of_every_workflow_has_a_translation(string culture)
    {
        var words = new ResourceManager("OpsBoard.Domain.Resources.WorkflowText", typeof(WorkflowText).Assembly)
            .GetResourceSet(CultureInfo.GetCultureInfo(culture), createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>().Select(e => (string)e.Key).ToHashSet();
        var needed = WorkflowCatalog.Default.All.SelectMany(w =>
            w.States.Select(s => "state." + s)
                .Concat(w.Triggers.Select(t => "trigger." + t.Name))
                .Concat(w.Fields.Select(f => "field." + f.Name))
                .Concat(w.Fields.SelectMany(f => f.Choices ?? []).Where(c => !c.All(char.IsDigit) && c != c.ToUpperInvariant()).Select(c => "choice." + c))
                .Append("type." + w.Type));

        Assert.Empty(needed.Distinct().Except(words));
    }
}

// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


h q[0];
h q[1];
h q[2];
h q[3];
h q[4];
h q[5];
ry(pi*-0.063383369021) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.288629963192) q[0];
ry(pi*0.008089211814) q[1];
ry(pi*-0.001439354015) q[2];
ry(pi*-0.028426739805) q[3];
ry(pi*-0.502091493729) q[4];
ry(pi*0.057883220747) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.271133390132) q[0];
ry(pi*0.039451530757) q[1];
ry(pi*0.360170104496) q[2];
ry(pi*-0.059476637476) q[3];
ry(pi*-0.060267246102) q[4];
ry(pi*-0.059375640797) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.288741048629) q[0];
ry(pi*0.017646220608) q[1];
ry(pi*-0.016897066249) q[2];
ry(pi*0.035286320132) q[3];
ry(pi*0.00113847225) q[4];
ry(pi*0.004191548059) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.060375144118) q[0];
ry(pi*0.382830395432) q[1];
ry(pi*-0.008031400666) q[2];
ry(pi*-0.002205209876) q[3];
ry(pi*0.007708145955) q[4];
ry(pi*0.004301154512) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.302959908771) q[0];
ry(pi*0.004547149526) q[1];
ry(pi*-0.123536426749) q[2];
ry(pi*-0.122570078304) q[3];
ry(pi*0.001423130537) q[4];
ry(pi*0.002337533822) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

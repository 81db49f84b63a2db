// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.026303643375) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.212455348808) q[0];
ry(pi*0.096041832268) q[1];
ry(pi*-0.253712290662) q[2];
ry(pi*0.23331831341) q[3];
ry(pi*-0.13397899862) q[4];
ry(pi*-0.03431097149) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.23575680478) q[0];
ry(pi*-0.093296323894) q[1];
ry(pi*-0.258516038596) q[2];
ry(pi*0.119471771687) q[3];
ry(pi*0.056080771771) q[4];
ry(pi*0.023603521088) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.17825683828) q[0];
ry(pi*-0.001111647379) q[1];
ry(pi*0.079401821848) q[2];
ry(pi*-0.072947302569) q[3];
ry(pi*0.297187336448) q[4];
ry(pi*-0.146141099075) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.092309617691) q[0];
ry(pi*-0.168091600547) q[1];
ry(pi*0.253937914577) q[2];
ry(pi*0.1522872448) q[3];
ry(pi*-0.05461525982) q[4];
ry(pi*0.261034329343) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.500107817066) q[0];
ry(pi*0.326299689693) q[1];
ry(pi*0.147648597716) q[2];
ry(pi*0.261728788827) q[3];
ry(pi*0.204426063011) q[4];
ry(pi*0.003190484526) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

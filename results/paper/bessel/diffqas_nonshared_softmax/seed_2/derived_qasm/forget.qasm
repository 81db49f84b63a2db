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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.224859788169) q[0];
ry(pi*-0.432485111788) q[1];
ry(pi*0.039056055689) q[2];
ry(pi*-0.014038464884) q[3];
ry(pi*-0.491217908461) q[4];
ry(pi*-0.633393911968) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.069523124781) q[0];
ry(pi*0.022112168255) q[1];
ry(pi*0.013315478689) q[2];
ry(pi*-0.406736323145) q[3];
ry(pi*-0.277759660209) q[4];
ry(pi*-0.360156785627) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.291237938117) q[0];
ry(pi*-0.008852130307) q[1];
ry(pi*0.011903646571) q[2];
ry(pi*0.488191527531) q[3];
ry(pi*0.00149891451) q[4];
ry(pi*0.003591802607) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.039011505306) q[0];
ry(pi*-0.031450725425) q[1];
ry(pi*-0.000591088469) q[2];
ry(pi*-0.130907775601) q[3];
ry(pi*0.003747612443) q[4];
ry(pi*-0.046859670138) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.019712789205) q[0];
ry(pi*-0.03048973441) q[1];
ry(pi*0.238583592405) q[2];
ry(pi*0.004950098967) q[3];
ry(pi*-0.002329288829) q[4];
ry(pi*0.005783125913) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

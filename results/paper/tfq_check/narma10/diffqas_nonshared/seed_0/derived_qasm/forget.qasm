// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*0.030359911972) q[0];
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
rz(pi*0.004128084218) q[0];
rz(pi*-0.001100377567) q[1];
rz(pi*0.00272201359) q[2];
rz(pi*-0.001556080288) q[3];
rz(pi*0.005605578348) q[4];
rz(pi*0.000635921368) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001215198931) q[0];
rz(pi*0.00812463927) q[1];
rz(pi*-0.001036554133) q[2];
rz(pi*-0.003886630212) q[3];
rz(pi*0.000639814339) q[4];
rz(pi*-0.000122403108) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003393271775) q[0];
rz(pi*-0.002935143358) q[1];
rz(pi*0.002562151886) q[2];
rz(pi*0.002715361863) q[3];
rz(pi*-0.002125131096) q[4];
rz(pi*0.000518185278) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002642628945) q[0];
rz(pi*0.007466937113) q[1];
rz(pi*-0.002239895912) q[2];
rz(pi*-0.001442050221) q[3];
rz(pi*-0.003392487667) q[4];
rz(pi*-0.001101004261) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-2.0893604e-05) q[0];
rz(pi*0.002443803295) q[1];
rz(pi*-0.001943008281) q[2];
rz(pi*-0.000591683183) q[3];
rz(pi*-0.004508643149) q[4];
rz(pi*-0.002633499793) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

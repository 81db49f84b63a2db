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
ry(pi*0.111880424339) q[0];
ry(pi*0.048165161191) q[1];
ry(pi*0.064967706398) q[2];
ry(pi*0.082686004474) q[3];
ry(pi*0.096266147064) q[4];
ry(pi*0.003141075933) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.107291523799) q[0];
ry(pi*-0.016884028414) q[1];
ry(pi*-0.004138146) q[2];
ry(pi*-0.017103608324) q[3];
ry(pi*0.015386437105) q[4];
ry(pi*-0.000845213973) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.10386576653) q[0];
ry(pi*0.048778042603) q[1];
ry(pi*-0.050000333414) q[2];
ry(pi*-0.010713673464) q[3];
ry(pi*-0.019159745467) q[4];
ry(pi*-0.001791463756) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.099437716946) q[0];
ry(pi*-0.035259559072) q[1];
ry(pi*-0.015883885949) q[2];
ry(pi*-0.009016633516) q[3];
ry(pi*0.029693718551) q[4];
ry(pi*0.00127396976) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.104464166992) q[0];
ry(pi*0.065078421867) q[1];
ry(pi*0.080078741026) q[2];
ry(pi*0.083660131745) q[3];
ry(pi*-0.090419666403) q[4];
ry(pi*-0.004790026784) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
ry(pi*0.228765138555) q[0];
ry(pi*0.400891957946) q[1];
ry(pi*0.250542286031) q[2];
ry(pi*0.004622627859) q[3];
ry(pi*0.450004471118) q[4];
ry(pi*-0.010960724726) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.046348254981) q[0];
ry(pi*0.549796456695) q[1];
ry(pi*-0.043940461517) q[2];
ry(pi*0.22249104062) q[3];
ry(pi*-0.455809373003) q[4];
ry(pi*0.06440802457) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.111562943865) q[0];
ry(pi*-0.073244752564) q[1];
ry(pi*-0.067232910177) q[2];
ry(pi*-0.17039028174) q[3];
ry(pi*-0.032154649939) q[4];
ry(pi*-0.537053410706) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.11024198528) q[0];
ry(pi*0.461739077622) q[1];
ry(pi*0.022553353416) q[2];
ry(pi*-0.2286386093) q[3];
ry(pi*-0.25739359187) q[4];
ry(pi*-0.106784458144) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.006696994552) q[0];
ry(pi*0.590277280359) q[1];
ry(pi*0.178468536199) q[2];
ry(pi*0.588860054051) q[3];
ry(pi*-0.497203317067) q[4];
ry(pi*0.000704175161) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

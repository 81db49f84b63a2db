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
rz(pi*0.005170584825) q[0];
rz(pi*-0.003865347829) q[1];
rz(pi*-0.002452232234) q[2];
rz(pi*0.003003460962) q[3];
rz(pi*0.004434188751) q[4];
rz(pi*-0.005155616513) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.001833519815) q[0];
rz(pi*-0.000564033405) q[1];
rz(pi*-0.005803730317) q[2];
rz(pi*-0.001281435832) q[3];
rz(pi*-0.0017567626) q[4];
rz(pi*0.000382134929) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000155677731) q[0];
rz(pi*-0.000844044184) q[1];
rz(pi*-0.000400125911) q[2];
rz(pi*-0.000476887313) q[3];
rz(pi*0.001652844414) q[4];
rz(pi*0.003090323537) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.003070548301) q[0];
rz(pi*-0.002828038936) q[1];
rz(pi*-0.002516396733) q[2];
rz(pi*-0.002132284711) q[3];
rz(pi*0.004529151503) q[4];
rz(pi*0.001522910886) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.002441143108) q[0];
rz(pi*-0.003685694585) q[1];
rz(pi*-0.003205692369) q[2];
rz(pi*9.0412035e-05) q[3];
rz(pi*-0.003514773548) q[4];
rz(pi*-2.5322937e-05) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

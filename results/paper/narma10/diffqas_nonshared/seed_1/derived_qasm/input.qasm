// DiffQAS-QLSTM derived circuit, input gate
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
rx(pi*0.030053403902) q[0];
rx(pi*-0.003866692226) q[1];
rx(pi*-0.00120195625) q[2];
rx(pi*0.006502351948) q[3];
rx(pi*0.00205852519) q[4];
rx(pi*0.002110591004) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.02175607824) q[0];
rx(pi*-0.005573025856) q[1];
rx(pi*0.000533053094) q[2];
rx(pi*0.000347000401) q[3];
rx(pi*-0.003906782828) q[4];
rx(pi*-0.002174781294) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.023082636158) q[0];
rx(pi*-0.003334264454) q[1];
rx(pi*-0.000312807063) q[2];
rx(pi*0.0003039298) q[3];
rx(pi*0.000113269564) q[4];
rx(pi*-0.001611576465) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.025282324668) q[0];
rx(pi*0.002509655182) q[1];
rx(pi*0.001021294263) q[2];
rx(pi*-0.002604507656) q[3];
rx(pi*0.002328923011) q[4];
rx(pi*-0.001596134427) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.026110565739) q[0];
rx(pi*-0.003738628551) q[1];
rx(pi*0.002910840158) q[2];
rx(pi*-6.3864256e-05) q[3];
rx(pi*-0.003974891435) q[4];
rx(pi*-0.000999173447) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

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
rx(pi*0.006984786826) q[0];
rx(pi*-0.003750963801) q[1];
rx(pi*-0.001201954249) q[2];
rx(pi*0.00650234424) q[3];
rx(pi*0.002058519705) q[4];
rx(pi*0.00211059634) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001450140319) q[0];
rx(pi*-0.005457247627) q[1];
rx(pi*0.000533056318) q[2];
rx(pi*0.000347002514) q[3];
rx(pi*-0.003906782828) q[4];
rx(pi*-0.002174778033) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*1.4009743e-05) q[0];
rx(pi*-0.003218531879) q[1];
rx(pi*-0.00031280321) q[2];
rx(pi*0.000303931894) q[3];
rx(pi*0.000113274215) q[4];
rx(pi*-0.001611576465) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.002076122858) q[0];
rx(pi*0.002625383904) q[1];
rx(pi*0.001021291817) q[2];
rx(pi*-0.002604507656) q[3];
rx(pi*0.002328921529) q[4];
rx(pi*-0.001596133093) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.003041953702) q[0];
rx(pi*-0.003622894197) q[1];
rx(pi*0.002910839565) q[2];
rx(pi*-6.3864159e-05) q[3];
rx(pi*-0.003974891138) q[4];
rx(pi*-0.000999173077) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

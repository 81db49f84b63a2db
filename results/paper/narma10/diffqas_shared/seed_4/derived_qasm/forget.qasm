// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*0.030359911972) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001006884535) q[0];
rz(pi*0.002500015248) q[1];
rz(pi*-0.001409314671) q[2];
rz(pi*-0.000532173122) q[3];
rz(pi*-0.000311048342) q[4];
rz(pi*-0.006154359146) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004252766001) q[0];
rz(pi*0.000897697558) q[1];
rz(pi*0.000803284867) q[2];
rz(pi*0.001575627999) q[3];
rz(pi*-0.000557669975) q[4];
rz(pi*-7.0297226e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003676764053) q[0];
rz(pi*0.001825711492) q[1];
rz(pi*9.2303576e-05) q[2];
rz(pi*0.001100932297) q[3];
rz(pi*0.000671757035) q[4];
rz(pi*-1.166537e-06) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001776914771) q[0];
rz(pi*-0.0012993132) q[1];
rz(pi*-0.000274556559) q[2];
rz(pi*-0.005772165001) q[3];
rz(pi*0.00074095991) q[4];
rz(pi*0.002667105865) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.006773463026) q[0];
rz(pi*0.002446921644) q[1];
rz(pi*0.001862180522) q[2];
rz(pi*0.000533373296) q[3];
rz(pi*0.000532314862) q[4];
rz(pi*-0.000813869363) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

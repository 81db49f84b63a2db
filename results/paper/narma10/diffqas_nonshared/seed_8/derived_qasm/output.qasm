// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
rz(pi*-0.003738176169) q[0];
rz(pi*0.000612243527) q[1];
rz(pi*-0.004594875769) q[2];
rz(pi*-0.000323403158) q[3];
rz(pi*0.002684908824) q[4];
rz(pi*0.002592479823) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001286796967) q[0];
rz(pi*0.00211224445) q[1];
rz(pi*0.010755443154) q[2];
rz(pi*0.000463895502) q[3];
rz(pi*0.002702946275) q[4];
rz(pi*-0.00048089601) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000966616509) q[0];
rz(pi*-0.003352351708) q[1];
rz(pi*0.001826522577) q[2];
rz(pi*0.001115854289) q[3];
rz(pi*-0.000224810811) q[4];
rz(pi*-0.002103038517) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000730469388) q[0];
rz(pi*-0.006011525186) q[1];
rz(pi*0.003799362391) q[2];
rz(pi*0.00369037196) q[3];
rz(pi*0.000612834684) q[4];
rz(pi*-0.00691324178) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001884825682) q[0];
rz(pi*0.00141270857) q[1];
rz(pi*0.002628639509) q[2];
rz(pi*0.000431614632) q[3];
rz(pi*-0.002279983401) q[4];
rz(pi*0.003760822812) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

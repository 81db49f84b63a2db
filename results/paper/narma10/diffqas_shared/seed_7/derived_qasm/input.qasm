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
rz(pi*-0.050940210133) q[0];
rz(pi*0.075672064242) q[1];
rz(pi*-0.011047201324) q[2];
rz(pi*0.080623277858) q[3];
rz(pi*0.05334511974) q[4];
rz(pi*0.014953648572) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.018059288156) q[0];
rz(pi*-0.036259259235) q[1];
rz(pi*0.034192908825) q[2];
rz(pi*-0.151082266621) q[3];
rz(pi*-0.086875585592) q[4];
rz(pi*0.02563375213) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.026281002675) q[0];
rz(pi*0.009966412823) q[1];
rz(pi*-0.003366514272) q[2];
rz(pi*0.092101021817) q[3];
rz(pi*-0.020240758084) q[4];
rz(pi*-0.062555995061) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.116635905603) q[0];
rz(pi*0.205567880913) q[1];
rz(pi*-0.01495970325) q[2];
rz(pi*0.098657443724) q[3];
rz(pi*0.182919542808) q[4];
rz(pi*-0.008967264055) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.044391410527) q[0];
rz(pi*0.041813678162) q[1];
rz(pi*0.026153121612) q[2];
rz(pi*0.061383512456) q[3];
rz(pi*-0.004817927395) q[4];
rz(pi*-0.002150679531) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

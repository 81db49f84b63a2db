// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.063383369021) q[0];
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
rz(pi*0.004851724084) q[0];
rz(pi*-0.002938479004) q[1];
rz(pi*-0.00144309224) q[2];
rz(pi*-0.00249173809) q[3];
rz(pi*-0.004460203056) q[4];
rz(pi*0.001982018622) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00335105504) q[0];
rz(pi*-0.002178031118) q[1];
rz(pi*0.003000797662) q[2];
rz(pi*0.002754105993) q[3];
rz(pi*-0.001978086817) q[4];
rz(pi*-0.004163811977) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000331635811) q[0];
rz(pi*-0.005086133568) q[1];
rz(pi*-0.003216141017) q[2];
rz(pi*-0.00123431353) q[3];
rz(pi*-0.000503263286) q[4];
rz(pi*-0.001767247415) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00046243612) q[0];
rz(pi*0.00439916743) q[1];
rz(pi*0.001996165029) q[2];
rz(pi*0.004390136106) q[3];
rz(pi*0.002852073554) q[4];
rz(pi*0.000738311062) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003863634649) q[0];
rz(pi*-0.004252844856) q[1];
rz(pi*-6.5776835e-05) q[2];
rz(pi*-0.001300654633) q[3];
rz(pi*-0.002974654402) q[4];
rz(pi*0.001304095518) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

// DiffQAS-QLSTM derived circuit, update gate
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
rz(pi*0.030359911972) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.075154027596) q[0];
rx(pi*0.071294415762) q[1];
rx(pi*0.003155815387) q[2];
rx(pi*-2.37771e-05) q[3];
rx(pi*-0.002961484054) q[4];
rx(pi*0.001846975347) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.137403427797) q[0];
rx(pi*0.06371615961) q[1];
rx(pi*-0.004104170848) q[2];
rx(pi*-0.001321150536) q[3];
rx(pi*-0.000946051014) q[4];
rx(pi*0.001551557808) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.078309190794) q[0];
rx(pi*0.07251756509) q[1];
rx(pi*-0.002676363973) q[2];
rx(pi*-0.003522261557) q[3];
rx(pi*-0.001648737111) q[4];
rx(pi*-0.001774197814) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.138819942627) q[0];
rx(pi*0.070673651173) q[1];
rx(pi*-0.000953232125) q[2];
rx(pi*0.000451996402) q[3];
rx(pi*0.002270839278) q[4];
rx(pi*-0.00326634854) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.073102025326) q[0];
rx(pi*0.06972098208) q[1];
rx(pi*0.002541369612) q[2];
rx(pi*-0.00415156329) q[3];
rx(pi*0.001715710021) q[4];
rx(pi*-0.002628099378) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

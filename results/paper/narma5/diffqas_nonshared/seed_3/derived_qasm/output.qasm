// DiffQAS-QLSTM derived circuit, output gate
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
rx(pi*0.110216647175) q[0];
rx(pi*-0.078911869611) q[1];
rx(pi*0.001437559164) q[2];
rx(pi*0.015063212632) q[3];
rx(pi*-0.003910602576) q[4];
rx(pi*0.002838941745) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.141694740789) q[0];
rx(pi*-0.064730437958) q[1];
rx(pi*-0.008578496446) q[2];
rx(pi*-0.013373915937) q[3];
rx(pi*-0.001438559828) q[4];
rx(pi*-0.002489794273) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.030719304657) q[0];
rx(pi*-0.09158527613) q[1];
rx(pi*-0.000685959767) q[2];
rx(pi*0.009538623609) q[3];
rx(pi*0.000783870114) q[4];
rx(pi*-0.003612983012) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.156657048049) q[0];
rx(pi*-0.079618196549) q[1];
rx(pi*0.000639589482) q[2];
rx(pi*-0.010153213754) q[3];
rx(pi*-0.006348557669) q[4];
rx(pi*-0.000605531436) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.060529681891) q[0];
rx(pi*-0.077363228567) q[1];
rx(pi*-0.00592942655) q[2];
rx(pi*0.009797566041) q[3];
rx(pi*-0.000535914941) q[4];
rx(pi*0.002876957498) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

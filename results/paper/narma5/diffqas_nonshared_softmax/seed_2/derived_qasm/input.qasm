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
ry(pi*0.065087718513) q[0];
ry(pi*0.034484249595) q[1];
ry(pi*0.044945552312) q[2];
ry(pi*0.045954546751) q[3];
ry(pi*-0.047264633952) q[4];
ry(pi*0.002824587675) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.059588187746) q[0];
ry(pi*0.001450230439) q[1];
ry(pi*-0.019827434404) q[2];
ry(pi*-0.002108054289) q[3];
ry(pi*0.000594825322) q[4];
ry(pi*-0.003687260133) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.06314176916) q[0];
ry(pi*0.036052674472) q[1];
ry(pi*0.013183491212) q[2];
ry(pi*-0.025934510498) q[3];
ry(pi*0.005424756204) q[4];
ry(pi*-0.004499389191) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.061451709997) q[0];
ry(pi*-0.00083975286) q[1];
ry(pi*-0.018262374818) q[2];
ry(pi*-0.009503800316) q[3];
ry(pi*-0.007443492133) q[4];
ry(pi*0.00456760363) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.06443493267) q[0];
ry(pi*0.036684863026) q[1];
ry(pi*0.034856947879) q[2];
ry(pi*0.042773665993) q[3];
ry(pi*0.01697679685) q[4];
ry(pi*0.000514981107) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

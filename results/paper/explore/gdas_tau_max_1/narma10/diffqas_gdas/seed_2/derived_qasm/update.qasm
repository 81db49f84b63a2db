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
rx(pi*0.088387447965) q[0];
rx(pi*0.018755633056) q[1];
rx(pi*0.001660331535) q[2];
rx(pi*-0.003286638411) q[3];
rx(pi*0.011277261306) q[4];
rx(pi*-0.000746521148) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.115953370491) q[0];
rx(pi*0.020826809659) q[1];
rx(pi*-0.004376275624) q[2];
rx(pi*-0.004984822652) q[3];
rx(pi*-0.001353760688) q[4];
rx(pi*-0.002299966596) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.088403536855) q[0];
rx(pi*0.016672593743) q[1];
rx(pi*0.007454517671) q[2];
rx(pi*0.00675583675) q[3];
rx(pi*-0.005793305385) q[4];
rx(pi*0.001502984906) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.11429165187) q[0];
rx(pi*0.019252593351) q[1];
rx(pi*-0.000763408302) q[2];
rx(pi*0.003434260025) q[3];
rx(pi*0.00167615866) q[4];
rx(pi*-0.003920761296) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.093065634255) q[0];
rx(pi*0.018748489817) q[1];
rx(pi*0.005871833588) q[2];
rx(pi*-0.003120261643) q[3];
rx(pi*-0.007379671367) q[4];
rx(pi*0.000252971316) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

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
rz(pi*0.014619393818) q[0];
rz(pi*0.024774720661) q[1];
rz(pi*-0.011563625287) q[2];
rz(pi*0.021721343883) q[3];
rz(pi*0.004057780405) q[4];
rz(pi*-0.002204945443) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.01259019679) q[0];
rz(pi*-0.011540210545) q[1];
rz(pi*0.022953405659) q[2];
rz(pi*-0.010956082332) q[3];
rz(pi*-0.020109817666) q[4];
rz(pi*-0.002568179291) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.011442564927) q[0];
rz(pi*0.023132717097) q[1];
rz(pi*-0.017680886189) q[2];
rz(pi*-0.011003067156) q[3];
rz(pi*0.006812323956) q[4];
rz(pi*-0.005047622447) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.014448666362) q[0];
rz(pi*0.007539273085) q[1];
rz(pi*-0.02331507129) q[2];
rz(pi*-0.003948107548) q[3];
rz(pi*-0.013341598233) q[4];
rz(pi*-0.002713672696) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.010249684247) q[0];
rz(pi*0.017885804908) q[1];
rz(pi*-0.00815454447) q[2];
rz(pi*0.011731503273) q[3];
rz(pi*-0.011495373199) q[4];
rz(pi*0.000607732683) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

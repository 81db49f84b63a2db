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
rx(pi*0.091814153872) q[0];
rx(pi*-0.005820941564) q[1];
rx(pi*0.000343583417) q[2];
rx(pi*0.003057400483) q[3];
rx(pi*0.00208480037) q[4];
rx(pi*-0.002096337283) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.090411270962) q[0];
rx(pi*-0.003939226819) q[1];
rx(pi*0.001992314747) q[2];
rx(pi*0.004565964266) q[3];
rx(pi*-0.001652229579) q[4];
rx(pi*-0.005404318997) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.088513958247) q[0];
rx(pi*0.002128243367) q[1];
rx(pi*-0.00864403306) q[2];
rx(pi*0.000395110843) q[3];
rx(pi*0.006910855364) q[4];
rx(pi*0.002612208813) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.095305196366) q[0];
rx(pi*0.001162474407) q[1];
rx(pi*0.003368226859) q[2];
rx(pi*-0.003019009128) q[3];
rx(pi*-0.00266885699) q[4];
rx(pi*0.001297332327) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.087678075902) q[0];
rx(pi*0.000708948734) q[1];
rx(pi*-0.006090180862) q[2];
rx(pi*0.002366951661) q[3];
rx(pi*0.00271739254) q[4];
rx(pi*0.000139029868) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.136495314956) q[0];
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
rx(pi*0.218859941302) q[0];
rx(pi*-0.002964016916) q[1];
rx(pi*0.100256476386) q[2];
rx(pi*-0.030294948325) q[3];
rx(pi*0.028845560838) q[4];
rx(pi*-0.000754691214) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.180989255457) q[0];
rx(pi*-0.22646264384) q[1];
rx(pi*0.088954125993) q[2];
rx(pi*-0.025429560305) q[3];
rx(pi*0.01602580803) q[4];
rx(pi*-0.002298486129) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000757747531) q[0];
rx(pi*-0.020720232621) q[1];
rx(pi*0.113940874225) q[2];
rx(pi*-0.019966070643) q[3];
rx(pi*0.01178133401) q[4];
rx(pi*0.001501767241) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.246720017308) q[0];
rx(pi*-0.23928137212) q[1];
rx(pi*0.095014894353) q[2];
rx(pi*-0.016887078284) q[3];
rx(pi*0.019050256112) q[4];
rx(pi*-0.003926283255) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.10986843085) q[0];
rx(pi*-0.010624756496) q[1];
rx(pi*0.104464299802) q[2];
rx(pi*-0.030131678344) q[3];
rx(pi*0.0101945696) q[4];
rx(pi*0.000253662357) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

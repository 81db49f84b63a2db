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
rx(pi*0.090876255062) q[0];
rx(pi*0.073353362058) q[1];
rx(pi*0.038954724615) q[2];
rx(pi*0.031037219133) q[3];
rx(pi*0.024769303942) q[4];
rx(pi*-0.03724001511) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.116755623641) q[0];
rx(pi*-0.011519957137) q[1];
rx(pi*0.006199336416) q[2];
rx(pi*0.013802876719) q[3];
rx(pi*0.000674803643) q[4];
rx(pi*-0.003464090817) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.084509076827) q[0];
rx(pi*0.083953203779) q[1];
rx(pi*-0.043613181619) q[2];
rx(pi*-0.038806426504) q[3];
rx(pi*-0.018165720527) q[4];
rx(pi*0.037005144352) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.1269627532) q[0];
rx(pi*0.035459916031) q[1];
rx(pi*0.019859080947) q[2];
rx(pi*-0.00051154452) q[3];
rx(pi*-0.004820590398) q[4];
rx(pi*-0.007754676619) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.081711677989) q[0];
rx(pi*0.075403813306) q[1];
rx(pi*0.035463143769) q[2];
rx(pi*0.031196194157) q[3];
rx(pi*0.017015989804) q[4];
rx(pi*-0.002661371056) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

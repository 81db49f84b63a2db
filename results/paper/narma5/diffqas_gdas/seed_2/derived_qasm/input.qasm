// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*0.030359911972) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000951081164) q[0];
rz(pi*-0.000921521252) q[1];
rz(pi*-0.002695112309) q[2];
rz(pi*-0.000450239941) q[3];
rz(pi*-0.002897989382) q[4];
rz(pi*-0.003771682931) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.003456229281) q[0];
rz(pi*0.001933102284) q[1];
rz(pi*0.003952753796) q[2];
rz(pi*-0.004266321733) q[3];
rz(pi*-0.006160202752) q[4];
rz(pi*-0.005007775527) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002099934842) q[0];
rz(pi*0.002593732024) q[1];
rz(pi*-0.005870934161) q[2];
rz(pi*0.003279277281) q[3];
rz(pi*-0.001366470946) q[4];
rz(pi*-0.003786907968) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000233739916) q[0];
rz(pi*0.001824768784) q[1];
rz(pi*-0.000669683521) q[2];
rz(pi*-0.000547953038) q[3];
rz(pi*-0.002670926502) q[4];
rz(pi*-0.004514746148) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.001192478399) q[0];
rz(pi*-0.005171975765) q[1];
rz(pi*0.00191408833) q[2];
rz(pi*-0.002717865969) q[3];
rz(pi*0.004172993305) q[4];
rz(pi*-0.005060276677) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

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
rx(pi*0.083596316908) q[0];
rx(pi*-0.004912919793) q[1];
rx(pi*0.001661235408) q[2];
rx(pi*-0.003284808727) q[3];
rx(pi*0.01127839137) q[4];
rx(pi*-0.000745499214) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.12303389558) q[0];
rx(pi*-0.002842131834) q[1];
rx(pi*-0.00437520485) q[2];
rx(pi*-0.004983706818) q[3];
rx(pi*-0.001353964645) q[4];
rx(pi*-0.002299812591) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.083612965494) q[0];
rx(pi*-0.006997269115) q[1];
rx(pi*0.007455050093) q[2];
rx(pi*0.006756191304) q[3];
rx(pi*-0.005792732053) q[4];
rx(pi*0.001503859727) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.121372357201) q[0];
rx(pi*-0.004417054284) q[1];
rx(pi*-0.000763432314) q[2];
rx(pi*0.003434055475) q[3];
rx(pi*0.001676578136) q[4];
rx(pi*-0.003920752106) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.088275243135) q[0];
rx(pi*-0.004921610497) q[1];
rx(pi*0.005871745839) q[2];
rx(pi*-0.003120361547) q[3];
rx(pi*-0.007379810698) q[4];
rx(pi*0.000252959643) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

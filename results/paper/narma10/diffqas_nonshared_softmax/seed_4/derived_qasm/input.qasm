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
rx(pi*0.005605790012) q[0];
rx(pi*0.005342030281) q[1];
rx(pi*-0.00229330316) q[2];
rx(pi*-0.000746855543) q[3];
rx(pi*-0.000870593728) q[4];
rx(pi*-0.002596234648) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.005428436917) q[0];
rx(pi*-0.001944578869) q[1];
rx(pi*-0.003425461116) q[2];
rx(pi*0.001320349382) q[3];
rx(pi*0.001176460212) q[4];
rx(pi*0.005065857629) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.004951735959) q[0];
rx(pi*-0.000349850686) q[1];
rx(pi*-0.006704714682) q[2];
rx(pi*0.002322210809) q[3];
rx(pi*0.002692111057) q[4];
rx(pi*0.005912622031) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.005249051959) q[0];
rx(pi*-0.003603300685) q[1];
rx(pi*0.005236210967) q[2];
rx(pi*0.005388330307) q[3];
rx(pi*0.00425699722) q[4];
rx(pi*-6.2038801e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.004048642062) q[0];
rx(pi*-0.001698622393) q[1];
rx(pi*-0.004000653758) q[2];
rx(pi*-0.000171974784) q[3];
rx(pi*0.000310725657) q[4];
rx(pi*0.002594581055) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

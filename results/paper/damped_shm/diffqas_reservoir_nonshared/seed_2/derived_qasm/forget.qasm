// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*-0.136495314956) q[0];
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
rz(pi*1.331406498181) q[0];
rz(pi*0.930075131399) q[1];
rz(pi*1.646658129218) q[2];
rz(pi*1.492632506411) q[3];
rz(pi*1.277215777306) q[4];
rz(pi*0.978440156257) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.893193248245) q[0];
rz(pi*0.880601642729) q[1];
rz(pi*1.051695452926) q[2];
rz(pi*0.196945184486) q[3];
rz(pi*1.195528915671) q[4];
rz(pi*0.769239354643) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*1.428001006589) q[0];
rz(pi*0.48381736055) q[1];
rz(pi*0.970348127584) q[2];
rz(pi*1.766261875338) q[3];
rz(pi*0.557928555812) q[4];
rz(pi*1.15338725562) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.287826410409) q[0];
rz(pi*1.590272337326) q[1];
rz(pi*1.142277952935) q[2];
rz(pi*0.528924499011) q[3];
rz(pi*0.744536837145) q[4];
rz(pi*0.755468706693) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*1.424482548474) q[0];
rz(pi*0.265570637426) q[1];
rz(pi*0.079014388853) q[2];
rz(pi*0.356345122669) q[3];
rz(pi*1.905219949055) q[4];
rz(pi*0.321013426839) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*0.030359911972) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.003955500101) q[0];
rz(pi*0.003510194593) q[1];
rz(pi*-0.005815169698) q[2];
rz(pi*0.001285569075) q[3];
rz(pi*0.000474594464) q[4];
rz(pi*-0.007969346737) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.001608019964) q[0];
rz(pi*0.002020388336) q[1];
rz(pi*0.002238279671) q[2];
rz(pi*0.000502319726) q[3];
rz(pi*-0.002020086551) q[4];
rz(pi*-0.001585754851) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.001591905579) q[0];
rz(pi*0.003638339792) q[1];
rz(pi*-0.001511563997) q[2];
rz(pi*-0.000857612663) q[3];
rz(pi*0.002168727209) q[4];
rz(pi*-0.006667997079) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.001394886193) q[0];
rz(pi*-0.000706455893) q[1];
rz(pi*-0.006790068923) q[2];
rz(pi*0.00239951601) q[3];
rz(pi*-0.0028233583) q[4];
rz(pi*0.002466355963) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.004279344745) q[0];
rz(pi*-0.003844001709) q[1];
rz(pi*-0.003698321541) q[2];
rz(pi*-1.9674098e-05) q[3];
rz(pi*-0.005405313881) q[4];
rz(pi*0.002279600093) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.026303643375) q[0];
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
ry(pi*0.047272574047) q[0];
ry(pi*0.019349297446) q[1];
ry(pi*0.086895307764) q[2];
ry(pi*0.23284684063) q[3];
ry(pi*0.002098528932) q[4];
ry(pi*-0.549621641798) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.210729872269) q[0];
ry(pi*-0.295925117489) q[1];
ry(pi*0.107631088551) q[2];
ry(pi*0.245508360722) q[3];
ry(pi*-0.002936993201) q[4];
ry(pi*0.007313255485) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.033414314691) q[0];
ry(pi*-0.23402034302) q[1];
ry(pi*0.256989244671) q[2];
ry(pi*0.211673045503) q[3];
ry(pi*0.0101349762) q[4];
ry(pi*0.291377938022) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.040186603779) q[0];
ry(pi*0.339883835533) q[1];
ry(pi*0.166875219747) q[2];
ry(pi*-0.162544576249) q[3];
ry(pi*-0.087214524244) q[4];
ry(pi*0.024981637448) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.01749864109) q[0];
ry(pi*-0.310049094919) q[1];
ry(pi*-0.2988400525) q[2];
ry(pi*-0.031582180479) q[3];
ry(pi*0.086531628649) q[4];
ry(pi*0.004941805208) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

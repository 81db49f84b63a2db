// DiffQAS-QLSTM derived circuit, output gate
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
rz(pi*-0.008296784345) q[0];
rz(pi*0.002975545231) q[1];
rz(pi*0.002094371084) q[2];
rz(pi*-0.002653222853) q[3];
rz(pi*0.003780000999) q[4];
rz(pi*-0.007943126399) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000360352361) q[0];
rz(pi*-0.005517482544) q[1];
rz(pi*0.008528531715) q[2];
rz(pi*-0.008493403673) q[3];
rz(pi*-0.004056172761) q[4];
rz(pi*-0.002594380952) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002381726836) q[0];
rz(pi*0.002459146912) q[1];
rz(pi*0.001040806845) q[2];
rz(pi*-0.00099400078) q[3];
rz(pi*0.006619581591) q[4];
rz(pi*-0.002507405726) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00078552934) q[0];
rz(pi*0.005367317989) q[1];
rz(pi*-0.004155262679) q[2];
rz(pi*-0.002803976453) q[3];
rz(pi*0.003296475484) q[4];
rz(pi*0.00122865098) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004415766213) q[0];
rz(pi*-0.000124530548) q[1];
rz(pi*0.005911558964) q[2];
rz(pi*-0.001051432695) q[3];
rz(pi*0.002338788988) q[4];
rz(pi*0.000170235035) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

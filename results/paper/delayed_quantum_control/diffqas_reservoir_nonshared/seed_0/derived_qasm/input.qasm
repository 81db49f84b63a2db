// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.316916735344) q[0];
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
rz(pi*0.455382448234) q[0];
rz(pi*1.326263213954) q[1];
rz(pi*0.211010403317) q[2];
rz(pi*1.255361145128) q[3];
rz(pi*1.144635810128) q[4];
rz(pi*0.710987251506) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.438332095227) q[0];
rz(pi*1.449165334315) q[1];
rz(pi*0.361983899175) q[2];
rz(pi*0.314709314017) q[3];
rz(pi*1.265528261162) q[4];
rz(pi*1.321249096193) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.203938197777) q[0];
rz(pi*0.524576628258) q[1];
rz(pi*0.197192076852) q[2];
rz(pi*1.827662999247) q[3];
rz(pi*0.016773030726) q[4];
rz(pi*0.702023159457) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.313642021069) q[0];
rz(pi*0.933989740485) q[1];
rz(pi*1.813674771827) q[2];
rz(pi*1.414752716329) q[3];
rz(pi*0.720347494526) q[4];
rz(pi*0.373307404182) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*1.410024252257) q[0];
rz(pi*1.083831720644) q[1];
rz(pi*1.44057993831) q[2];
rz(pi*0.089710569444) q[3];
rz(pi*0.346281256328) q[4];
rz(pi*0.63974663297) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

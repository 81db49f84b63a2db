// DiffQAS-QLSTM derived circuit, output gate
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
rz(pi*-0.026303643375) q[0];
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
ry(pi*0.008774936719) q[0];
ry(pi*-0.055094212606) q[1];
ry(pi*-0.512730575835) q[2];
ry(pi*-0.17768979977) q[3];
ry(pi*0.019722612345) q[4];
ry(pi*0.01115371433) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.047910423594) q[0];
ry(pi*-0.09775769911) q[1];
ry(pi*0.228629312654) q[2];
ry(pi*0.182378402098) q[3];
ry(pi*-0.010789614258) q[4];
ry(pi*0.000149832902) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.139435304725) q[0];
ry(pi*0.012060012842) q[1];
ry(pi*-0.512231554625) q[2];
ry(pi*-0.002626399242) q[3];
ry(pi*-0.019660448137) q[4];
ry(pi*-0.005804973625) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.256035598481) q[0];
ry(pi*-0.069932988306) q[1];
ry(pi*0.473822365282) q[2];
ry(pi*-0.018249042906) q[3];
ry(pi*-0.013104678418) q[4];
ry(pi*0.000267105957) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.507563158273) q[0];
ry(pi*0.035863051345) q[1];
ry(pi*-0.483908126175) q[2];
ry(pi*-0.255181881753) q[3];
ry(pi*0.052638664736) q[4];
ry(pi*-0.00315566479) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

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
rz(pi*-0.005616615151) q[0];
rz(pi*0.00087669858) q[1];
rz(pi*-0.001337281522) q[2];
rz(pi*0.000254031992) q[3];
rz(pi*0.004452997562) q[4];
rz(pi*0.002049144796) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00149644909) q[0];
rz(pi*-0.002360576966) q[1];
rz(pi*0.001769999056) q[2];
rz(pi*0.004626112916) q[3];
rz(pi*0.002080636593) q[4];
rz(pi*0.002586170495) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001332211352) q[0];
rz(pi*0.005021422269) q[1];
rz(pi*-0.008672442971) q[2];
rz(pi*-6.5306175e-05) q[3];
rz(pi*0.001264714616) q[4];
rz(pi*-0.00119599651) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.004143748) q[0];
rz(pi*-0.00260183072) q[1];
rz(pi*0.001081610926) q[2];
rz(pi*0.001750939004) q[3];
rz(pi*-0.003195880494) q[4];
rz(pi*0.003791825764) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003948519908) q[0];
rz(pi*-0.001978662966) q[1];
rz(pi*0.000956711401) q[2];
rz(pi*-0.001941279686) q[3];
rz(pi*-0.001721304165) q[4];
rz(pi*0.002171375834) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

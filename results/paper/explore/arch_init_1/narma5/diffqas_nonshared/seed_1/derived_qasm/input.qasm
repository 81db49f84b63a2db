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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.003907982854) q[0];
ry(pi*-0.000665655962) q[1];
ry(pi*-0.001719286087) q[2];
ry(pi*-0.000884800092) q[3];
ry(pi*-0.004265881209) q[4];
ry(pi*0.000969278993) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.004195134205) q[0];
ry(pi*0.00362485254) q[1];
ry(pi*-0.004995171693) q[2];
ry(pi*0.004339365922) q[3];
ry(pi*-0.002432603) q[4];
ry(pi*-0.006088558692) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.003913478133) q[0];
ry(pi*-0.003076260877) q[1];
ry(pi*-2.2310946e-05) q[2];
ry(pi*-0.003284528286) q[3];
ry(pi*-0.004806573984) q[4];
ry(pi*-0.000841021218) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.006107376101) q[0];
ry(pi*-0.002232495503) q[1];
ry(pi*0.001477480345) q[2];
ry(pi*0.000254500289) q[3];
ry(pi*0.008460817386) q[4];
ry(pi*-0.006042341672) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.003483602509) q[0];
ry(pi*-0.00407870616) q[1];
ry(pi*-0.001860332903) q[2];
ry(pi*-0.000307010611) q[3];
ry(pi*0.010144168496) q[4];
ry(pi*-0.002428721294) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

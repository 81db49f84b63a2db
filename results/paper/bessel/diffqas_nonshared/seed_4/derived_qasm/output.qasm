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
ry(pi*-0.087478321327) q[0];
ry(pi*-0.212399075639) q[1];
ry(pi*0.350405210712) q[2];
ry(pi*0.092529957697) q[3];
ry(pi*0.00103747231) q[4];
ry(pi*0.000165317388) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.095752203788) q[0];
ry(pi*0.055234240971) q[1];
ry(pi*0.120291176201) q[2];
ry(pi*0.030135686337) q[3];
ry(pi*-0.001725199359) q[4];
ry(pi*-0.000215195649) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.007158867715) q[0];
ry(pi*-0.278606470857) q[1];
ry(pi*-0.091508303693) q[2];
ry(pi*0.013500876822) q[3];
ry(pi*0.097337794258) q[4];
ry(pi*-0.019838260728) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.122443160108) q[0];
ry(pi*-0.080803926875) q[1];
ry(pi*0.148296308349) q[2];
ry(pi*-0.270851341264) q[3];
ry(pi*0.102405187494) q[4];
ry(pi*-0.044864889675) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.114767279682) q[0];
ry(pi*-0.076678421469) q[1];
ry(pi*0.047589376244) q[2];
ry(pi*0.124878625325) q[3];
ry(pi*-0.368443930038) q[4];
ry(pi*0.004139740303) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

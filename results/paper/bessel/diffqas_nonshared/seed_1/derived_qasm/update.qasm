// DiffQAS-QLSTM derived circuit, update gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.098087255738) q[0];
ry(pi*0.039013841325) q[1];
ry(pi*-0.124439415702) q[2];
ry(pi*0.144420726205) q[3];
ry(pi*0.203926301864) q[4];
ry(pi*0.108865787539) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.220863311677) q[0];
ry(pi*-0.370062457198) q[1];
ry(pi*-0.420349003998) q[2];
ry(pi*-0.23625174685) q[3];
ry(pi*0.239490698445) q[4];
ry(pi*-0.266919903351) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.204883761577) q[0];
ry(pi*-0.035168760244) q[1];
ry(pi*-0.003296554636) q[2];
ry(pi*-0.056568504196) q[3];
ry(pi*-0.389615429462) q[4];
ry(pi*-0.315132102727) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.159849004148) q[0];
ry(pi*0.207407155993) q[1];
ry(pi*-0.113167734756) q[2];
ry(pi*0.153442049547) q[3];
ry(pi*-0.243951153482) q[4];
ry(pi*-0.252048304798) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.050571730914) q[0];
ry(pi*0.124172687329) q[1];
ry(pi*0.159360816377) q[2];
ry(pi*0.002115988306) q[3];
ry(pi*0.149277389133) q[4];
ry(pi*-0.004625605098) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

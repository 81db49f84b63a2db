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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.607328847621) q[0];
ry(pi*-0.077646814227) q[1];
ry(pi*0.086298159503) q[2];
ry(pi*-0.113901467828) q[3];
ry(pi*0.491773316677) q[4];
ry(pi*-0.105965527949) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.006390323209) q[0];
ry(pi*0.129559913659) q[1];
ry(pi*-0.230733124755) q[2];
ry(pi*0.013996466336) q[3];
ry(pi*0.284590285753) q[4];
ry(pi*0.037073761665) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.482926779773) q[0];
ry(pi*-0.265362430493) q[1];
ry(pi*-0.133779253533) q[2];
ry(pi*0.070531474145) q[3];
ry(pi*0.025877113193) q[4];
ry(pi*-0.033569540227) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.011290621677) q[0];
ry(pi*0.07307888806) q[1];
ry(pi*-0.214548175688) q[2];
ry(pi*-0.492830667906) q[3];
ry(pi*0.085950531333) q[4];
ry(pi*-0.086140742615) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.13001074409) q[0];
ry(pi*-0.108420497151) q[1];
ry(pi*-0.067625290315) q[2];
ry(pi*-0.095167349867) q[3];
ry(pi*0.03485404742) q[4];
ry(pi*2.837295e-06) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

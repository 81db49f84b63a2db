// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.138235523653) q[0];
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
ry(pi*0.102047200204) q[0];
ry(pi*-0.076838684268) q[1];
ry(pi*0.514107352244) q[2];
ry(pi*0.114372210157) q[3];
ry(pi*0.083736174518) q[4];
ry(pi*0.421131819568) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.642097963537) q[0];
ry(pi*-0.158188281597) q[1];
ry(pi*0.063422281234) q[2];
ry(pi*0.195240938452) q[3];
ry(pi*-0.091273715154) q[4];
ry(pi*0.111111534766) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.043819121309) q[0];
ry(pi*0.000502768624) q[1];
ry(pi*0.162136320665) q[2];
ry(pi*-0.108931063278) q[3];
ry(pi*-0.084937699656) q[4];
ry(pi*-0.022207430422) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.037447133482) q[0];
ry(pi*0.021833508395) q[1];
ry(pi*-0.577898776744) q[2];
ry(pi*0.021223650765) q[3];
ry(pi*-0.11600501431) q[4];
ry(pi*0.085372223011) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.187803336765) q[0];
ry(pi*-0.270346590285) q[1];
ry(pi*0.506819616291) q[2];
ry(pi*-0.205455770947) q[3];
ry(pi*-0.422406826158) q[4];
ry(pi*0.001586130897) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

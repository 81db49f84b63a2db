// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*0.085832729543) q[0];
ry(pi*0.227778290056) q[1];
ry(pi*-0.054107715104) q[2];
ry(pi*0.009247322562) q[3];
ry(pi*-0.005775466852) q[4];
ry(pi*-0.024042064293) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.099605796518) q[0];
ry(pi*-0.434143595555) q[1];
ry(pi*-0.135618955499) q[2];
ry(pi*-0.475766958085) q[3];
ry(pi*0.086443585614) q[4];
ry(pi*0.020095403121) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.159349888074) q[0];
ry(pi*-0.42623647528) q[1];
ry(pi*0.001150758364) q[2];
ry(pi*0.017532327203) q[3];
ry(pi*0.303126887923) q[4];
ry(pi*-0.19796231349) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.047207065892) q[0];
ry(pi*0.0142716945) q[1];
ry(pi*-0.207937444291) q[2];
ry(pi*0.013271778522) q[3];
ry(pi*-0.02241756546) q[4];
ry(pi*-0.504347163702) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.047962015239) q[0];
ry(pi*0.051328032069) q[1];
ry(pi*-0.063183319477) q[2];
ry(pi*-0.056226601053) q[3];
ry(pi*0.068870590326) q[4];
ry(pi*-0.004625601838) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

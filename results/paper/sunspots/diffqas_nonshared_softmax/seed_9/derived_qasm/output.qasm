// DiffQAS-QLSTM derived circuit, output gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.173825164901) q[0];
ry(pi*-0.005453530748) q[1];
ry(pi*-0.010439724774) q[2];
ry(pi*0.424414787938) q[3];
ry(pi*-0.0005291861) q[4];
ry(pi*3.1454252e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.17747692554) q[0];
ry(pi*0.071034840115) q[1];
ry(pi*-0.07754789032) q[2];
ry(pi*-0.01577889432) q[3];
ry(pi*-0.006089085779) q[4];
ry(pi*0.002230346691) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.007932135842) q[0];
ry(pi*0.090993259997) q[1];
ry(pi*-0.216020479882) q[2];
ry(pi*0.440935345938) q[3];
ry(pi*-0.256360867267) q[4];
ry(pi*0.222763299549) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.12109691085) q[0];
ry(pi*0.064364927974) q[1];
ry(pi*0.277476510923) q[2];
ry(pi*0.47251081718) q[3];
ry(pi*-0.465621167418) q[4];
ry(pi*-0.137287295609) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.064558525891) q[0];
ry(pi*0.479942404506) q[1];
ry(pi*-0.101130835464) q[2];
ry(pi*-0.045806075514) q[3];
ry(pi*-0.056472800913) q[4];
ry(pi*0.002586241643) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*0.038482452608) q[0];
ry(pi*-0.476188380756) q[1];
ry(pi*-0.090105828697) q[2];
ry(pi*0.13466755758) q[3];
ry(pi*-0.108913238381) q[4];
ry(pi*0.017711350493) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.231260851732) q[0];
ry(pi*-0.116720969917) q[1];
ry(pi*0.078513901999) q[2];
ry(pi*-0.053155088699) q[3];
ry(pi*-0.096581170566) q[4];
ry(pi*-0.003096478711) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.231028985782) q[0];
ry(pi*-0.21119354725) q[1];
ry(pi*0.244481138217) q[2];
ry(pi*-0.19638038476) q[3];
ry(pi*0.238360719538) q[4];
ry(pi*-0.004634359836) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.412514701129) q[0];
ry(pi*-0.254702326582) q[1];
ry(pi*-0.134682508105) q[2];
ry(pi*0.204053627974) q[3];
ry(pi*-0.317491610548) q[4];
ry(pi*-0.034846209304) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.33529698405) q[0];
ry(pi*-0.157000986019) q[1];
ry(pi*0.165329547938) q[2];
ry(pi*0.232530887463) q[3];
ry(pi*-0.001204868789) q[4];
ry(pi*-0.003584674783) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

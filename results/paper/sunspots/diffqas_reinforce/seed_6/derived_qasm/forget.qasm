// DiffQAS-QLSTM derived circuit, forget gate
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
rz(pi*-0.138235523653) q[0];
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
ry(pi*0.213121956299) q[0];
ry(pi*0.146104377322) q[1];
ry(pi*0.062466367801) q[2];
ry(pi*0.259512335523) q[3];
ry(pi*0.002727630709) q[4];
ry(pi*0.000123567903) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.269556603016) q[0];
ry(pi*-0.091866765301) q[1];
ry(pi*0.042210682907) q[2];
ry(pi*-0.009589853585) q[3];
ry(pi*0.002759189503) q[4];
ry(pi*0.000100203956) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.032779692882) q[0];
ry(pi*0.181537340193) q[1];
ry(pi*-0.022082262462) q[2];
ry(pi*0.189489672525) q[3];
ry(pi*0.003749083128) q[4];
ry(pi*-0.000191374864) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.074512535281) q[0];
ry(pi*-0.087994190337) q[1];
ry(pi*-0.187775503744) q[2];
ry(pi*0.221942405675) q[3];
ry(pi*-0.02472274719) q[4];
ry(pi*1.3757845e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.071486325105) q[0];
ry(pi*0.174446655197) q[1];
ry(pi*0.317098514189) q[2];
ry(pi*0.103931877069) q[3];
ry(pi*0.472833885127) q[4];
ry(pi*-0.003299764588) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

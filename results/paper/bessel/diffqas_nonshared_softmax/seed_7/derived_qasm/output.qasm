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
ry(pi*0.055190024982) q[0];
ry(pi*0.114929174138) q[1];
ry(pi*-0.139286112524) q[2];
ry(pi*-0.127822598126) q[3];
ry(pi*-0.395684356104) q[4];
ry(pi*-0.015952530536) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.090131024506) q[0];
ry(pi*0.14470458697) q[1];
ry(pi*0.341673117422) q[2];
ry(pi*-0.084065048126) q[3];
ry(pi*-0.082913848201) q[4];
ry(pi*0.006374765556) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.090823140855) q[0];
ry(pi*0.06491666022) q[1];
ry(pi*-0.034382437088) q[2];
ry(pi*-0.009411194335) q[3];
ry(pi*0.064790818728) q[4];
ry(pi*0.003699182133) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.03649004611) q[0];
ry(pi*0.158197208275) q[1];
ry(pi*0.006160021325) q[2];
ry(pi*-0.044128870388) q[3];
ry(pi*0.053498073288) q[4];
ry(pi*0.011658216292) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.00185418173) q[0];
ry(pi*-0.14082302841) q[1];
ry(pi*-0.301404238323) q[2];
ry(pi*-0.317546290007) q[3];
ry(pi*-0.09649281448) q[4];
ry(pi*0.00255733429) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

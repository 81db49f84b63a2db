// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
ry(pi*1.458766303558) q[0];
ry(pi*0.070931339033) q[1];
ry(pi*1.502509870643) q[2];
ry(pi*0.997086117346) q[3];
ry(pi*0.238139022981) q[4];
ry(pi*1.771705384325) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.963724286018) q[0];
ry(pi*0.42154986509) q[1];
ry(pi*0.443429882805) q[2];
ry(pi*1.813082822099) q[3];
ry(pi*1.495039161511) q[4];
ry(pi*0.432053975069) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*1.664988535567) q[0];
ry(pi*1.300163391533) q[1];
ry(pi*1.635378906605) q[2];
ry(pi*1.936864063697) q[3];
ry(pi*0.416031451696) q[4];
ry(pi*1.797259854086) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.789677253805) q[0];
ry(pi*1.800141890351) q[1];
ry(pi*1.762386426003) q[2];
ry(pi*0.389446534062) q[3];
ry(pi*1.280666844221) q[4];
ry(pi*0.734913176495) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.120232389142) q[0];
ry(pi*0.919980718933) q[1];
ry(pi*0.206689758457) q[2];
ry(pi*0.687767036839) q[3];
ry(pi*0.189894133561) q[4];
ry(pi*0.731697826998) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.316916735344) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001677161251) q[0];
ry(pi*0.025736963878) q[1];
ry(pi*-0.273135109877) q[2];
ry(pi*-0.056237989444) q[3];
ry(pi*0.006707273038) q[4];
ry(pi*-0.484227968755) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.482256776161) q[0];
ry(pi*0.041251292718) q[1];
ry(pi*0.010210748611) q[2];
ry(pi*-0.426677895228) q[3];
ry(pi*3.80956e-07) q[4];
ry(pi*0.295471611901) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.003565549067) q[0];
ry(pi*-0.00924379956) q[1];
ry(pi*0.007642985239) q[2];
ry(pi*-0.032570980799) q[3];
ry(pi*-0.009969641748) q[4];
ry(pi*0.019819215647) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.015650848432) q[0];
ry(pi*0.022775759079) q[1];
ry(pi*-0.03122212516) q[2];
ry(pi*0.006769251669) q[3];
ry(pi*0.024591517438) q[4];
ry(pi*-0.027219921269) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001011267166) q[0];
ry(pi*-0.04335009127) q[1];
ry(pi*-0.444536980578) q[2];
ry(pi*-0.019150997845) q[3];
ry(pi*0.002270697131) q[4];
ry(pi*0.003777110323) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
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
ry(pi*0.357535245187) q[0];
ry(pi*-0.188320287221) q[1];
ry(pi*0.209964720328) q[2];
ry(pi*-0.047995943255) q[3];
ry(pi*-0.277594900868) q[4];
ry(pi*-0.010877075067) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.153316962222) q[0];
ry(pi*-0.205741538473) q[1];
ry(pi*0.032752372125) q[2];
ry(pi*0.057147832303) q[3];
ry(pi*0.035167643224) q[4];
ry(pi*0.464737986013) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.252478284179) q[0];
ry(pi*-0.021473789842) q[1];
ry(pi*-0.429115589743) q[2];
ry(pi*-0.037212132286) q[3];
ry(pi*0.038725277691) q[4];
ry(pi*0.03111566433) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.105931092412) q[0];
ry(pi*0.091507914751) q[1];
ry(pi*-0.039433798352) q[2];
ry(pi*-0.043430132549) q[3];
ry(pi*0.134809511678) q[4];
ry(pi*0.211565147487) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.056908894262) q[0];
ry(pi*-0.03084843555) q[1];
ry(pi*0.44583270541) q[2];
ry(pi*0.140447386978) q[3];
ry(pi*-0.096065007479) q[4];
ry(pi*0.001206383941) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

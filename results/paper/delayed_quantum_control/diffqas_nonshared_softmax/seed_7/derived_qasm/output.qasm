// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.316916735344) q[0];
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
ry(pi*-0.217870227919) q[0];
ry(pi*-0.048829373372) q[1];
ry(pi*0.218283473336) q[2];
ry(pi*0.408996622469) q[3];
ry(pi*0.437339668741) q[4];
ry(pi*-0.077448733998) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.237549444846) q[0];
ry(pi*0.165599757811) q[1];
ry(pi*-0.022995660339) q[2];
ry(pi*-0.121229046551) q[3];
ry(pi*-0.145585150136) q[4];
ry(pi*-0.07822101495) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.036609894585) q[0];
ry(pi*0.031451038476) q[1];
ry(pi*-0.537423758741) q[2];
ry(pi*-0.093162461673) q[3];
ry(pi*-0.110109631392) q[4];
ry(pi*-0.004593391744) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.030395921288) q[0];
ry(pi*-0.149785374966) q[1];
ry(pi*-0.047931156065) q[2];
ry(pi*-0.109358595174) q[3];
ry(pi*-0.08018057725) q[4];
ry(pi*-0.007899094209) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.703205920548) q[0];
ry(pi*-0.422709403538) q[1];
ry(pi*-0.265894635038) q[2];
ry(pi*-0.018801602838) q[3];
ry(pi*-0.700756538821) q[4];
ry(pi*0.002557365417) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

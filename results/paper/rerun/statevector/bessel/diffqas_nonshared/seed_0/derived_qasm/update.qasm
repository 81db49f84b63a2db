// DiffQAS-QLSTM derived circuit, update gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.222527620077) q[0];
ry(pi*0.011118189046) q[1];
ry(pi*0.099900500207) q[2];
ry(pi*-0.035189784421) q[3];
ry(pi*-0.053735559915) q[4];
ry(pi*-0.097277792944) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.009163144038) q[0];
ry(pi*-0.442958144406) q[1];
ry(pi*-0.143369939547) q[2];
ry(pi*0.206823402492) q[3];
ry(pi*0.104119470112) q[4];
ry(pi*-0.232234134716) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.078113121677) q[0];
ry(pi*-0.296870567453) q[1];
ry(pi*-0.100997808043) q[2];
ry(pi*0.201397348433) q[3];
ry(pi*-0.141692464059) q[4];
ry(pi*-0.126598106476) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.099130737888) q[0];
ry(pi*0.165780985497) q[1];
ry(pi*-0.147368199478) q[2];
ry(pi*0.146621811583) q[3];
ry(pi*-0.029488139344) q[4];
ry(pi*-0.156868157812) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.310660434796) q[0];
ry(pi*-0.023721690475) q[1];
ry(pi*-0.095337165446) q[2];
ry(pi*0.033584936611) q[3];
ry(pi*-0.017662257323) q[4];
ry(pi*-0.003758064056) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

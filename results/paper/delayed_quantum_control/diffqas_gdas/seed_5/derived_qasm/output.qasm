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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.100452920216) q[0];
rx(pi*0.136553126164) q[1];
rx(pi*0.108210772398) q[2];
rx(pi*0.110844569233) q[3];
rx(pi*-0.128378091719) q[4];
rx(pi*0.16359378817) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.174740201549) q[0];
rx(pi*0.13127248873) q[1];
rx(pi*-0.120270846902) q[2];
rx(pi*0.126362825432) q[3];
rx(pi*-0.028928649615) q[4];
rx(pi*0.034972731444) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.161050358532) q[0];
rx(pi*0.232470497207) q[1];
rx(pi*0.043959761544) q[2];
rx(pi*0.264911524171) q[3];
rx(pi*-0.080318983444) q[4];
rx(pi*0.175006370227) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.168392185789) q[0];
rx(pi*0.087970474403) q[1];
rx(pi*0.177349865049) q[2];
rx(pi*0.066968297265) q[3];
rx(pi*0.073646396146) q[4];
rx(pi*0.083604930536) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.226781120383) q[0];
rx(pi*0.014803921576) q[1];
rx(pi*0.092174844778) q[2];
rx(pi*-0.001477689045) q[3];
rx(pi*-0.090847492377) q[4];
rx(pi*-0.000671894069) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

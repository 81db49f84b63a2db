// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*0.030359911972) q[0];
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
rx(pi*-0.001170221439) q[0];
rx(pi*-0.000632712528) q[1];
rx(pi*0.001323094798) q[2];
rx(pi*0.004339345764) q[3];
rx(pi*0.00169361344) q[4];
rx(pi*-0.00237705954) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.005619258884) q[0];
rx(pi*0.000278972577) q[1];
rx(pi*-0.002586632363) q[2];
rx(pi*-0.00189674205) q[3];
rx(pi*-0.000784304708) q[4];
rx(pi*-0.001927085996) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001252816628) q[0];
rx(pi*-0.002012121703) q[1];
rx(pi*-0.000823643515) q[2];
rx(pi*0.000821705478) q[3];
rx(pi*-0.006060948008) q[4];
rx(pi*-0.005732811372) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.004009050088) q[0];
rx(pi*0.00373005109) q[1];
rx(pi*-0.000544260726) q[2];
rx(pi*0.004508357075) q[3];
rx(pi*0.003575662727) q[4];
rx(pi*0.001906102137) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.004039127526) q[0];
rx(pi*-0.003957544711) q[1];
rx(pi*-0.001181014487) q[2];
rx(pi*-0.005478613313) q[3];
rx(pi*-0.001070384914) q[4];
rx(pi*-0.00047238929) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

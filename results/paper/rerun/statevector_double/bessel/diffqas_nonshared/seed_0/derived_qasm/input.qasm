// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*0.076940828799) q[0];
ry(pi*0.103626444291) q[1];
ry(pi*0.136341124681) q[2];
ry(pi*-0.04626556226) q[3];
ry(pi*-0.219019862593) q[4];
ry(pi*-0.219041984816) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.120088471365) q[0];
ry(pi*-0.388682501513) q[1];
ry(pi*-0.12844535011) q[2];
ry(pi*-0.259592931755) q[3];
ry(pi*-0.373367168337) q[4];
ry(pi*-0.264097820968) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.243233680056) q[0];
ry(pi*0.138771524174) q[1];
ry(pi*-0.168864626179) q[2];
ry(pi*-0.152541147596) q[3];
ry(pi*-0.141252808577) q[4];
ry(pi*-0.020146169451) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.274913349627) q[0];
ry(pi*-0.130778666053) q[1];
ry(pi*0.091567394315) q[2];
ry(pi*-0.013430179621) q[3];
ry(pi*0.090971422365) q[4];
ry(pi*-0.034753634153) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.124600541762) q[0];
ry(pi*-0.180705840552) q[1];
ry(pi*-0.249235917489) q[2];
ry(pi*-0.124138944297) q[3];
ry(pi*-0.062729633648) q[4];
ry(pi*-0.003388637385) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];

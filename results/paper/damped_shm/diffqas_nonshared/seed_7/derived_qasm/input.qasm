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
ry(pi*0.233694618888) q[0];
ry(pi*-0.028994043933) q[1];
ry(pi*0.014253178284) q[2];
ry(pi*-0.007570842551) q[3];
ry(pi*0.003864237034) q[4];
ry(pi*0.543696149129) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.008661626726) q[0];
ry(pi*-0.029653880524) q[1];
ry(pi*-0.021145352607) q[2];
ry(pi*-0.012569227161) q[3];
ry(pi*-0.012570838659) q[4];
ry(pi*0.009880028717) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.092415134628) q[0];
ry(pi*-0.011115158149) q[1];
ry(pi*-0.02932534131) q[2];
ry(pi*0.03493812278) q[3];
ry(pi*0.008231235281) q[4];
ry(pi*0.004788016562) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.107778383478) q[0];
ry(pi*-0.459443526933) q[1];
ry(pi*-0.031868842096) q[2];
ry(pi*0.073408634415) q[3];
ry(pi*0.009292863086) q[4];
ry(pi*0.05314803558) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.00162027621) q[0];
ry(pi*-0.034684224727) q[1];
ry(pi*-0.2588746425) q[2];
ry(pi*-0.237605300616) q[3];
ry(pi*-0.429399080539) q[4];
ry(pi*0.004130461444) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
